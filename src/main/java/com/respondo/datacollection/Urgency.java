package com.respondo.datacollection;

/** How urgent the customer's request is, as the LLM reads it. */
public enum Urgency {
    BAIXA, MEDIA, ALTA
}

package com.respondo.datacollection;

/** The customer's mood, as the LLM reads it. */
public enum Sentiment {
    POSITIVO, NEUTRO, NEGATIVO
}

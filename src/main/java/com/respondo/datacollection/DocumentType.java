package com.respondo.datacollection;

/** Which Brazilian document a stored customer document is: a person's CPF or a company's CNPJ. */
public enum DocumentType {
    CPF, CNPJ
}

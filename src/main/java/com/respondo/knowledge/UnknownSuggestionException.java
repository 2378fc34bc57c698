package com.respondo.knowledge;

/** No suggestion has the id asked for. */
public class UnknownSuggestionException extends RuntimeException {

    public UnknownSuggestionException(long id) {
        super("No knowledge suggestion " + id);
    }
}

package com.respondo.knowledge;

/**
 * A suggestion cannot be decided as asked: it was decided already, or there is no knowledge folder to write it into.
 */
public class SuggestionConflictException extends RuntimeException {

    public SuggestionConflictException(String message) {
        super(message);
    }
}

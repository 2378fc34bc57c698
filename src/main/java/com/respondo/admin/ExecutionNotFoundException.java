package com.respondo.admin;

/**
 * No execution of Respondo's jobs has that id.
 */
class ExecutionNotFoundException extends RuntimeException {

    ExecutionNotFoundException(long id) {
        super("No execution of Respondo's jobs has id " + id);
    }
}

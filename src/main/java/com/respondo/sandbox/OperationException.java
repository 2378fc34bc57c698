package com.respondo.sandbox;

/** A call the sandbox refuses the way TempBox does: with the error envelope (Code 500) and this message. */
final class OperationException extends RuntimeException {

    OperationException(String message) {
        super(message, null, false, false);
    }
}

package com.respondo.admin;

/**
 * A part of the admin API whose data source is not part of this application (for example no store of collected
 * customer data).
 */
class FeatureUnavailableException extends RuntimeException {

    FeatureUnavailableException(String message) {
        super(message);
    }
}

/**
 * The admin API: launching jobs and reading what they did, over HTTP Basic (user {@code admin}, password
 * {@code ADMIN_PASSWORD}); errors are RFC 9457 problem details and blocking work runs off the event loop.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.admin;

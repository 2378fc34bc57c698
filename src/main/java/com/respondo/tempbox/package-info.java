/**
 * The typed client of TempBox's "Atendimento" API: the {@link com.respondo.tempbox.TempBoxClient} port with one
 * blocking method per operation of the reference, the wire records that keep TempBox's field names, the tenants
 * and their settings ({@link com.respondo.tempbox.TempBoxProperties}), the errors every caller relies on
 * ({@link com.respondo.tempbox.TempBoxException} and its subtypes) and the masking that keeps tokens out of logs.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.tempbox;

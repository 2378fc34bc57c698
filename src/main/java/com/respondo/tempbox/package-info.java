/**
 * The typed client of TempBox's "Atendimento" API: the {@link com.respondo.tempbox.TempBoxClient} port with one
 * blocking method per operation of the reference, the wire records that keep TempBox's field names, the tenants
 * and their settings ({@link com.respondo.tempbox.TempBoxProperties}), the errors every caller relies on
 * ({@link com.respondo.tempbox.TempBoxException} and its subtypes) and the masking that keeps tokens out of logs.
 * <p>
 * A wire record's components are TempBox's field names with the first letter lowered ({@code hash} for {@code Hash});
 * its {@code @JsonNaming(UpperCamelCaseStrategy)} writes and reads them as TempBox spells them. The answer records
 * declare only the fields Respondo reads (and those the contract tests pin); the others are skipped. The requests
 * keep every field of the reference, null ones left out.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.tempbox;

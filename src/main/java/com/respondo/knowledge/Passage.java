package com.respondo.knowledge;

/**
 * One passage of a tenant's document, as found for a query.
 *
 * @param id stable while the document is unchanged: the document's path and the passage's number in it
 *     ({@code politica-de-trocas.md#2}); what an answer cites
 * @param documentPath the document's path inside the tenant's folder, with {@code /} separators
 * @param documentTitle the document's title (its first heading, its HTML or PDF title, or its file name)
 * @param section the headings above the passage ({@code Prazos > Região Norte}); empty when there are none
 * @param text the passage's text
 * @param score how much of the query the passage supports, from 0 to 1 (see {@link KnowledgeBase#supportThreshold()})
 * @param relevance the BM25 relevance that ranks the passages of one query; not comparable between queries
 */
public record Passage(String id, String documentPath, String documentTitle, String section, String text,
        double score, double relevance) {

    /** Whether this passage supports an answer under the given threshold. */
    public boolean supports(double threshold) {
        return score >= threshold;
    }
}

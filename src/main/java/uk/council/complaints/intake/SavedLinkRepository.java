package uk.council.complaints.intake;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SavedLinkRepository extends CrudRepository<SavedLink, String> {

    /** Spends the link: 1 when this call did, 0 when it was already spent or has expired (two clicks, one wins). */
    @Query("UPDATE draft_saved_link SET used_at = :now WHERE token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now")
    int spend(String tokenHash, Instant now);

    /** A new link replaces the draft's earlier ones that were not used (a mistyped address stops working). */
    @Query("DELETE FROM draft_saved_link WHERE draft_id = :draftId AND used_at IS NULL")
    int deleteUnusedOf(String draftId);

    /** Links ever sent for these answers (they move with the draft): the per-draft limit. */
    long countByDraftId(String draftId);
}

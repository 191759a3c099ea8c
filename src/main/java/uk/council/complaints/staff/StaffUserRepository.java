package uk.council.complaints.staff;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffUserRepository extends CrudRepository<StaffUser, Long> {

    Optional<StaffUser> findByEmail(String email);

    List<StaffUser> findAllOrderByDisplayName();

    List<StaffUser> findByActiveOrderByDisplayName(boolean active);
}

package nl.plusteam.handoff;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoffRepository extends JpaRepository<Handoff, Long> {

  Optional<Handoff> findByMunicipalityAndIdempotencyKey(Municipality municipality, String idempotencyKey);
}

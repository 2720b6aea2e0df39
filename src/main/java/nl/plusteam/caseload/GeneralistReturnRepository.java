package nl.plusteam.caseload;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GeneralistReturnRepository extends JpaRepository<GeneralistReturn, Long> {

  Optional<GeneralistReturn> findBySourceKey(String sourceKey);
}

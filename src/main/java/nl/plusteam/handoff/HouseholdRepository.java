package nl.plusteam.handoff;

import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdRepository extends JpaRepository<Household, Long> {}

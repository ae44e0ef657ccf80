package org.nlmg.edition.entry;

import java.util.List;
import java.util.Optional;

import org.nlmg.edition.model.Redirect;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RedirectRepository extends JpaRepository<Redirect, Long> {

	@Query("select r from Redirect r join fetch r.target where r.fromPath = :fromPath")
	Optional<Redirect> findByFromPath(String fromPath);

	@Query("select r from Redirect r join fetch r.target order by r.fromPath")
	List<Redirect> findAllWithTargets();

}

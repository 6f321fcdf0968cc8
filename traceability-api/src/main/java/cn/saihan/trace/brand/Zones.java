package cn.saihan.trace.brand;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Zones extends JpaRepository<Zone, String> {

	@EntityGraph(attributePaths = "towns")
	List<Zone> findAllByOrderByCode();
}

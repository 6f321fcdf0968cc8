package cn.saihan.trace.brand;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Brands extends JpaRepository<Brand, String> {

	/** Every brand with its products and origin area in one query: lot views ask it for every page. */
	@EntityGraph(attributePaths = { "productCodes", "originTowns", "originVillages" })
	List<Brand> findAllByOrderByCode();

	Page<Brand> findAllByOrderByCode(Pageable pageable);
}

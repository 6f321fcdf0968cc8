package cn.saihan.trace.brand;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface Brands extends ListCrudRepository<Brand, String> {

	List<Brand> findAllByOrderByCode();

	Page<Brand> findAllByOrderByCode(Pageable pageable);
}

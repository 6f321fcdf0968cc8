package cn.saihan.trace.product;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Products extends ListCrudRepository<Product, String> {

	List<Product> findAllByOrderByCode();

	boolean existsByGtin(String gtin);

	Optional<Product> findByGtin(String gtin);

	/** The highest GTIN under a company prefix, from which the next item reference follows. */
	@Query("select max(p.gtin) from Product p where p.gtin like :padded%")
	Optional<String> findMaxGtinStartingWith(String padded);
}

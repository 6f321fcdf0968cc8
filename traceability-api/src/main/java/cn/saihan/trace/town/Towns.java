package cn.saihan.trace.town;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.repository.ListCrudRepository;

public interface Towns extends ListCrudRepository<Town, String> {

	List<Town> findAllByOrderByCode();

	/** Every town's Chinese name by code: eleven rows, read at once. */
	default TownNames namesZh() {
		return new TownNames(findAll().stream().collect(Collectors.toMap(Town::getCode, Town::getNameZh)));
	}
}

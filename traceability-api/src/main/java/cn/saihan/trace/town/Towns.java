package cn.saihan.trace.town;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface Towns extends ListCrudRepository<Town, String> {

	List<Town> findAllByOrderByCode();
}

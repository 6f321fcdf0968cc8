package cn.saihan.trace.town;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TownController {

	private final Towns towns;

	TownController(Towns towns) {
		this.towns = towns;
	}

	@GetMapping("/api/v1/towns")
	List<TownView> towns() {
		return towns.findAllByOrderByCode().stream().map(TownView::of).toList();
	}

	record TownView(String code, String nameZh, String nameEn) {
		static TownView of(Town town) {
			return new TownView(town.getCode(), town.getNameZh(), town.getNameEn());
		}
	}
}

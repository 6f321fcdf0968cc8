package cn.saihan.trace.web.brand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.saihan.trace.brand.DistrictMap;
import cn.saihan.trace.brand.DistrictMap.TownOnMap;
import cn.saihan.trace.brand.ZoneService;
import cn.saihan.trace.system.PlausibleYear;
import tools.jackson.databind.json.JsonMapper;

/**
 * The district map for everyone: the towns drawn from the schematic the application ships
 * ({@code map/saihan-schematic.json}: no tiles, nothing fetched from outside, no script), shaded by
 * their lots' output in a year, with the advantage zones, brands' origin areas and villages'
 * specialties that lie in each, and the same in lists below for reading and for screen readers.
 */
@Controller
class DistrictMapPageController {

	/** Shades of output, from none to the district's largest. */
	private static final int SHADES = 5;

	private final DistrictMap map;

	private final ZoneService zones;

	private final Schematic schematic;

	private final Clock clock;

	DistrictMapPageController(DistrictMap map, ZoneService zones, JsonMapper json, Clock clock) {
		this.map = map;
		this.zones = zones;
		this.schematic = Schematic.load(json);
		this.clock = clock;
	}

	/** The shipped schematic: the drawing's size and each town's box in it. */
	record Schematic(int width, int height, Map<String, Box> towns) {

		static Schematic load(JsonMapper json) {
			try (InputStream in = new ClassPathResource("map/saihan-schematic.json").getInputStream()) {
				return json.readValue(in, Schematic.class);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** A town's box, with the point its name is written at. */
	record Box(int x, int y, int w, int h) {

		public int cx() {
			return x + w / 2;
		}

		public int cy() {
			return y + h / 2;
		}
	}

	/** A town as drawn: its box, its shade (0 none … 4 the most) and what lies in it. */
	record DrawnTown(TownOnMap town, Box box, int shade, BigDecimal outputWan) {
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) @PlausibleYear Integer year, Model model) {
		int shown = year != null ? year : LocalDate.now(clock).getYear();
		List<TownOnMap> towns = map.of(shown);
		BigDecimal most = towns.stream().map(TownOnMap::outputYuan).reduce(BigDecimal.ZERO, BigDecimal::max);
		List<DrawnTown> drawn = towns.stream()
			.filter(t -> schematic.towns().containsKey(t.town().getCode()))
			.map(t -> new DrawnTown(t, schematic.towns().get(t.town().getCode()), shade(t.outputYuan(), most),
					t.outputYuan().divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP)))
			.toList();
		model.addAttribute("year", shown);
		model.addAttribute("schematic", schematic);
		model.addAttribute("towns", drawn);
		model.addAttribute("zones", zones.all());
		return "brand/map";
	}

	private static int shade(BigDecimal output, BigDecimal most) {
		if (output.signum() == 0 || most.signum() == 0) {
			return 0;
		}
		return Math.max(1, output.multiply(BigDecimal.valueOf(SHADES - 1)).divide(most, 0, RoundingMode.CEILING).intValue());
	}
}

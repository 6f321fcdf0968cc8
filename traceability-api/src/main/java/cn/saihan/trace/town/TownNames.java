package cn.saihan.trace.town;

import java.util.Map;

/**
 * The towns' Chinese names by code, for what people read without a page to translate it: a
 * compliance certificate's origin, a spreadsheet. Programs keep reading the codes.
 */
public record TownNames(Map<String, String> byCode) {

	public TownNames {
		byCode = Map.copyOf(byCode);
	}

	/** The town's Chinese name; an unknown code as it is. */
	public String of(String code) {
		return code == null ? null : byCode.getOrDefault(code, code);
	}

	/**
	 * A place as the registry writes it ("{townCode} {village} {plot}", e.g. a harvest's location)
	 * with the town named ("金河镇 黑沙图村 第1号地块"); any other text as it was typed.
	 */
	public String place(String location) {
		if (location == null || location.isBlank()) {
			return location;
		}
		String[] parts = location.strip().split(" ", 2);
		String name = byCode.get(parts[0]);
		return name == null ? location : name + (parts.length > 1 ? " " + parts[1] : "");
	}
}

package cn.saihan.trace.town;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A subdistrict (街道) or town (镇) of Saihan District, seeded by migration with a stable code. */
@Entity
@Table(name = "town")
public class Town {

	@Id
	private String code;

	private String nameZh;

	private String nameEn;

	protected Town() {
	}

	public String getCode() {
		return code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}
}

package cn.saihan.trace.web.brand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.saihan.trace.brand.BrandKind;
import cn.saihan.trace.brand.BrandService.NewBrand;
import cn.saihan.trace.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The "register a brand" form, with the rules of {@code POST /api/v1/brands}; the domain checks the rest. */
public class BrandForm {

	@NotBlank
	@Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}")
	private String code;

	@NotBlank
	@PlainText
	@Size(max = 100)
	private String nameZh;

	@NotNull
	private BrandKind kind = BrandKind.REGIONAL_PUBLIC;

	@PlainText
	@Size(max = 100)
	private String ownerName;

	private Long ownerProducerId;

	@NotEmpty
	private List<String> productCodes = new ArrayList<>();

	private List<String> originTowns = new ArrayList<>();

	/** Villages separated by commas, 、 or spaces; empty for the whole towns. */
	@PlainText
	@Size(max = 2000)
	private String originVillages;

	@PlainText(multiline = true)
	@Size(max = 2000)
	private String story;

	NewBrand toNewBrand() {
		List<String> villages = originVillages == null ? List.of()
				: Arrays.stream(originVillages.split("[,，、;；\\s]+")).filter(v -> !v.isBlank()).toList();
		return new NewBrand(code, nameZh, kind, kind == BrandKind.REGIONAL_PUBLIC ? ownerName : null,
				kind == BrandKind.ENTERPRISE ? ownerProducerId : null, story, productCodes,
				kind == BrandKind.REGIONAL_PUBLIC ? originTowns : List.of(),
				kind == BrandKind.REGIONAL_PUBLIC ? villages : List.of());
	}

	public String getCode() {
		return code;
	}

	/** Codes are printed in capitals; typed in lower case they mean the same. */
	public void setCode(String code) {
		this.code = code == null || code.isBlank() ? null : code.strip().toUpperCase();
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public BrandKind getKind() {
		return kind;
	}

	public void setKind(BrandKind kind) {
		this.kind = kind;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public void setOwnerName(String ownerName) {
		this.ownerName = ownerName == null || ownerName.isBlank() ? null : ownerName.strip();
	}

	public Long getOwnerProducerId() {
		return ownerProducerId;
	}

	public void setOwnerProducerId(Long ownerProducerId) {
		this.ownerProducerId = ownerProducerId;
	}

	public List<String> getProductCodes() {
		return productCodes;
	}

	public void setProductCodes(List<String> productCodes) {
		this.productCodes = productCodes == null ? new ArrayList<>() : productCodes;
	}

	public List<String> getOriginTowns() {
		return originTowns;
	}

	public void setOriginTowns(List<String> originTowns) {
		this.originTowns = originTowns == null ? new ArrayList<>() : originTowns;
	}

	public String getOriginVillages() {
		return originVillages;
	}

	public void setOriginVillages(String originVillages) {
		this.originVillages = originVillages;
	}

	public String getStory() {
		return story;
	}

	public void setStory(String story) {
		this.story = story;
	}
}

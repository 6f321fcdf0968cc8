package cn.saihan.trace.brand;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A brand: its products and, for a regional public brand, its origin area (towns, and where it
 * names villages, only those). Whether a lot bears it is {@link BrandRule}'s to say.
 */
@Entity
@Table(name = "brand")
public class Brand {

	@Id
	private String code;

	private String nameZh;

	@Enumerated(EnumType.STRING)
	private BrandKind kind;

	private String ownerName;

	private Long ownerProducerId;

	private String story;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "brand_product", joinColumns = @JoinColumn(name = "brand_code"))
	@Column(name = "product_code")
	private Set<String> productCodes = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "brand_origin_town", joinColumns = @JoinColumn(name = "brand_code"))
	@Column(name = "town_code")
	private Set<String> originTowns = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "brand_origin_village", joinColumns = @JoinColumn(name = "brand_code"))
	@Column(name = "village")
	private Set<String> originVillages = new TreeSet<>();

	private Instant registeredAt;

	protected Brand() {
	}

	Brand(String code, String nameZh, BrandKind kind, String ownerName, Long ownerProducerId, String story,
			Set<String> productCodes, Set<String> originTowns, Set<String> originVillages, Instant registeredAt) {
		this.code = code;
		this.nameZh = nameZh;
		this.kind = kind;
		this.ownerName = ownerName;
		this.ownerProducerId = ownerProducerId;
		this.story = story;
		this.productCodes = new TreeSet<>(productCodes);
		this.originTowns = new TreeSet<>(originTowns);
		this.originVillages = new TreeSet<>(originVillages);
		this.registeredAt = registeredAt;
	}

	public boolean covers(String productCode) {
		return productCodes.contains(productCode);
	}

	/**
	 * Whether a place lies in the origin area: its town is one of the area's, and where the area
	 * names villages, its village is one of them (a lot of no named village is then outside).
	 */
	public boolean originIncludes(String townCode, String village) {
		return originTowns.contains(townCode)
				&& (originVillages.isEmpty() || village != null && originVillages.contains(village.strip()));
	}

	public String getCode() {
		return code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public BrandKind getKind() {
		return kind;
	}

	/** The association or bureau of a regional brand; {@code null} for an enterprise brand (see its producer). */
	public String getOwnerName() {
		return ownerName;
	}

	public Long getOwnerProducerId() {
		return ownerProducerId;
	}

	public String getStory() {
		return story;
	}

	public Set<String> getProductCodes() {
		return Set.copyOf(productCodes);
	}

	public Set<String> getOriginTowns() {
		return Set.copyOf(originTowns);
	}

	public Set<String> getOriginVillages() {
		return Set.copyOf(originVillages);
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}
}

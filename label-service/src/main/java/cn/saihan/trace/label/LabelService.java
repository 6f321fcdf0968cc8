package cn.saihan.trace.label;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.audit.AuditTrail;
import cn.saihan.trace.brand.BrandMark;
import cn.saihan.trace.brand.LotBrands;
import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.label.render.MaskChooser;
import cn.saihan.trace.label.render.SheetLabel;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotRefusal;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.lot.LotViews;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.Products;
import cn.saihan.trace.system.Sha256;
import cn.saihan.trace.system.Terms;

/** Issues labels for lots and counts their scans. */
@Service
public class LabelService {

	private final Labels labels;

	private final LotService lots;

	private final Products products;

	private final SerialMinter minter;

	private final JdbcTemplate jdbc;

	private final LabelProperties properties;

	private final ResolverProperties resolver;

	private final AuditTrail audit;

	private final MaskChooser masks;

	private final Producers producers;

	private final LotBrands brands;

	private final Clock clock;

	LabelService(Labels labels, LotService lots, Products products, SerialMinter minter, JdbcTemplate jdbc,
			LabelProperties properties, ResolverProperties resolver, AuditTrail audit, MaskChooser masks,
			Producers producers, LotBrands brands, Clock clock) {
		this.brands = brands;
		this.audit = audit;
		this.masks = masks;
		this.producers = producers;
		this.labels = labels;
		this.lots = lots;
		this.products = products;
		this.minter = minter;
		this.jdbc = jdbc;
		this.properties = properties;
		this.resolver = resolver;
		this.clock = clock;
	}

	/**
	 * Issues {@code count} new labels for a lot, numbered on from the lot's last label, each with
	 * the mask its code is drawn with ({@link MaskChooser}). All are stored or none, in one JDBC
	 * batch: 10,000 inserts one by one through JPA take seconds.
	 *
	 * @return the new labels' Digital Links, in label number order
	 * @throws NotFoundException if there is no such lot
	 * @throws InvalidInputException if the count is out of range
	 * @throws ConflictException if the lot would have more than {@code trace.labels.max-per-lot} labels
	 */
	@Transactional
	public List<DigitalLink> issue(String lotCode, Integer count) {
		// The lot's row lock serialises issuing for one lot across every instance, so label numbers
		// (and so serials) are handed out once, even for a lot's very first labels.
		Lot lot = lots.lockForUpdate(List.of(lotCode)).stream().findFirst()
			.orElseThrow(() -> LotRefusal.NOT_FOUND.notFound(lotCode));
		if (count == null || count < 1 || count > properties.maxCount()) {
			throw LabelRefusal.COUNT_RANGE.invalid("count", properties.maxCount());
		}
		if (!lot.getStatus().sellable()) {
			throw LabelRefusal.LOT_NOT_SELLABLE.conflict(null, lotCode, Terms.of("lotStatus.", lot.getStatus()));
		}
		long already = issuedOf(lotCode);
		if (already + count > properties.maxPerLot()) {
			throw LabelRefusal.LOT_FULL.conflict("count", properties.maxPerLot(), already);
		}
		Gtin gtin = products.findById(lot.getProductCode()).orElseThrow().getGtin();
		long first = reserve(lot.getLotCode().value(), count);
		List<DigitalLink> issued = new ArrayList<>(count);
		for (long no = first; no < first + count; no++) {
			DigitalLink link = DigitalLink.ofLabel(resolver.baseUrl(), gtin, lot.getLotCode().value(),
					minter.mint(gtin, lot.getLotCode(), no).value());
			issued.add(properties.harvestDateAttribute() ? link.withHarvestDate(lot.getHarvestDate()) : link);
		}
		// Checking a code with a reader takes about a millisecond: the cores share the work.
		int[] chosen = issued.parallelStream().mapToInt(link -> masks.choose(link.toString())).toArray();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.batchUpdate("""
				insert into label (serial, lot_code, gtin, label_no, uri, qr_mask, issued_at, scan_count)
				values (?, ?, ?, ?, ?, ?, ?, 0)""", new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement row, int i) throws SQLException {
				DigitalLink link = issued.get(i);
				row.setString(1, link.serial());
				row.setString(2, link.lot());
				row.setString(3, link.gtin().value());
				row.setLong(4, first + i);
				row.setString(5, link.toString());
				row.setShort(6, (short) chosen[i]);
				row.setObject(7, now);
			}

			@Override
			public int getBatchSize() {
				return issued.size();
			}
		});
		// The audit entry names the range and a digest of the serials, not ten thousand serials.
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("count", count);
		content.put("firstLabelNo", first);
		content.put("lastLabelNo", first + count - 1);
		content.put("serialsSha256", Sha256.hexOfLines(issued.stream().map(DigitalLink::serial).toList()));
		audit.record("LABELS_ISSUED", "lot:" + lotCode, content);
		return issued;
	}

	@Transactional(readOnly = true)
	public Page<Label> ofLot(String lotCode, Pageable pageable) {
		lots.get(lotCode);
		return labels.findByLotCodeOrderByLabelNo(lotCode, pageable);
	}

	/**
	 * Labels of a lot as printed on a sheet, in the order they were issued: those numbered
	 * {@code from} on, at most {@code count} of them.
	 *
	 * @throws NotFoundException if there is no such lot, or it has no labels yet
	 */
	@Transactional(readOnly = true)
	public List<SheetLabel> sheetOf(String lotCode, long from, int count) {
		Lot lot = lots.get(lotCode);
		Product product = products.findById(lot.getProductCode()).orElseThrow();
		Producer grower = producers.findById(lot.getProducerId()).orElseThrow();
		String producer = grower.getName();
		List<BrandMark> borne = brands.of(List.of(LotViews.brandedLot(lot, grower))).get(0);
		String brandName = borne.isEmpty() ? null
				: borne.stream().map(BrandMark::nameZh).collect(Collectors.joining("、"));
		return labels.findByLotCodeAndLabelNoGreaterThanEqualOrderByLabelNo(lotCode, from, Limit.of(count))
			.stream()
			.map(label -> new SheetLabel(label.getUri(), maskOf(label), product.getNameZh(), product.getCode(), producer,
					lot.getHarvestDate(), lotCode, label.getSerial().grouped(), brandName))
			.toList();
	}

	/** How many labels the lot has had issued. */
	@Transactional(readOnly = true)
	public long issuedOf(String lotCode) {
		return jdbc.query("select issued from label_counter where lot_code = ?", (row, no) -> row.getLong(1), lotCode)
			.stream().findFirst().orElse(0L);
	}

	/**
	 * The mask a label's code is drawn with: the one stored when it was issued, or for a label issued
	 * before masks were stored, the one the same choice gives now.
	 */
	public int maskOf(Label label) {
		return label.getQrMask() != null ? label.getQrMask() : masks.choose(label.getUri());
	}

	@Transactional(readOnly = true)
	public Optional<Label> find(String serial) {
		return Serial.isValid(serial) ? labels.findBySerial(serial) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Label get(String serial) {
		return (Serial.isValid(serial) ? labels.findBySerial(serial) : Optional.<Label>empty())
			.orElseThrow(() -> LabelRefusal.NOT_FOUND.notFound(serial));
	}

	/**
	 * Counts a scan of the label with this serial, if it belongs to this lot and GTIN. The
	 * transaction holds the row lock from the UPDATE to the read, so the count read is this
	 * scan's own, even when others scan the same label at the same moment.
	 *
	 * @return the label's scans, this one included; empty if no label matches all three keys
	 */
	@Transactional
	public Optional<Scan> scan(String serial, String lotCode, String gtin) {
		if (labels.countScan(serial, lotCode, gtin, clock.instant()) == 0) {
			return Optional.empty();
		}
		return labels.scanOf(serial);
	}

	/**
	 * Reserves the next {@code count} label numbers of a lot and returns the first; the caller
	 * holds the lot's row lock, so no other request reserves for the same lot meanwhile.
	 */
	private long reserve(String lotCode, int count) {
		int updated = jdbc.update("update label_counter set issued = issued + ? where lot_code = ?", count, lotCode);
		if (updated == 0) {
			jdbc.update("insert into label_counter (lot_code, issued) values (?, ?)", lotCode, count);
			return 0;
		}
		return jdbc.queryForObject("select issued from label_counter where lot_code = ?", Long.class, lotCode) - count;
	}
}

package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.lot.ApprovedOutputAllocation.Draw;
import cn.saihan.trace.lot.ApprovedOutputAllocation.Outcome;
import cn.saihan.trace.lot.ApprovedOutputAllocation.Period;
import cn.saihan.trace.lot.ApprovedOutputAllocation.Totals;

/** The stored allocation (tables {@code lot_certified}, {@code lot_allocation}, {@code approved_output_drawn}). */
@Component
class AllocationStore {

	/** Ids asked for in one statement at most; PostgreSQL takes at most 65,535 parameters. */
	private static final int IDS_PER_QUERY = 1000;

	private final JdbcTemplate jdbc;

	AllocationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the rows of these producers' certifications, in the order of their ids, until the
	 * transaction ends: lots of one producer are allocated one registration after the other, so the
	 * order they drew in is the order of their ids, and a revocation waits for them or they for it.
	 */
	void lockCertificationsOf(Collection<Long> producerIds) {
		forParts(List.copyOf(producerIds), part -> jdbc.queryForList(
				"select id from certification where producer_id in (%s) order by id for update".formatted(marks(part)),
				Long.class, part.toArray()));
	}

	/** The totals of every period of these certifications. */
	Map<Period, Totals> totalsOf(Collection<Long> certificationIds) {
		Map<Period, Totals> totals = new HashMap<>();
		forParts(List.copyOf(certificationIds), part -> jdbc.query("""
				select certification_id, product_code, certificate_year, drawn_kg, over_kg
				from approved_output_drawn where certification_id in (%s)""".formatted(marks(part)),
				rs -> {
					totals.put(new Period(rs.getLong(1), rs.getString(2), rs.getInt(3)),
							new Totals(rs.getBigDecimal(4), rs.getBigDecimal(5), true));
				}, part.toArray()));
		return totals;
	}

	/** Stores what an allocation added: its lots' outcomes and draws, and the totals it changed. */
	void store(ApprovedOutputAllocation allocation) {
		List<Object[]> certified = new ArrayList<>();
		for (Outcome outcome : allocation.outcomes()) {
			certified.add(new Object[] { outcome.lotId(), outcome.type().name(), outcome.quantity().certifiedKg(),
					outcome.quantity().overKg() });
		}
		jdbc.batchUpdate("insert into lot_certified (lot_id, cert_type, certified_kg, over_kg) values (?, ?, ?, ?)",
				certified);
		List<Object[]> draws = new ArrayList<>();
		for (Draw draw : allocation.draws()) {
			draws.add(new Object[] { draw.lotId(), draw.period().certificationId(), draw.period().certificateYear(),
					draw.drawnKg(), draw.overKg() });
		}
		jdbc.batchUpdate("""
				insert into lot_allocation (lot_id, certification_id, certificate_year, drawn_kg, over_kg)
				values (?, ?, ?, ?, ?)""", draws);
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		allocation.totals().forEach((period, totals) -> {
			if (totals.stored) {
				updates.add(new Object[] { totals.drawnKg, totals.overKg, period.certificationId(), period.productCode(),
						period.certificateYear() });
			}
			else {
				inserts.add(new Object[] { period.certificationId(), period.productCode(), period.certificateYear(),
						totals.drawnKg, totals.overKg });
			}
		});
		jdbc.batchUpdate("""
				update approved_output_drawn set drawn_kg = ?, over_kg = ?
				where certification_id = ? and product_code = ? and certificate_year = ?""", updates);
		jdbc.batchUpdate("""
				insert into approved_output_drawn (certification_id, product_code, certificate_year, drawn_kg, over_kg)
				values (?, ?, ?, ?, ?)""", inserts);
	}

	/** A harvest lot as the allocation needs it. */
	record HarvestLot(long id, String productCode, LocalDate harvestDate, BigDecimal quantityKg) {
	}

	/** A producer's harvest lots of these products, in the order they were registered. */
	List<HarvestLot> harvestLotsOf(long producerId, Collection<String> productCodes) {
		List<String> codes = List.copyOf(productCodes);
		List<Object> args = new ArrayList<>();
		args.add(producerId);
		args.addAll(codes);
		return jdbc.query("""
				select id, product_code, harvest_date, quantity_kg from lot
				where producer_id = ? and origin = 'HARVEST' and product_code in (%s)
				order by id""".formatted(marks(codes)),
				(rs, row) -> new HarvestLot(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getBigDecimal(4)),
				args.toArray());
	}

	/**
	 * Forgets the allocation of one type for these lots (a producer's harvest lots of some products),
	 * and the totals of the producer's certifications of that type for those products, before they are
	 * allocated again. Rows are deleted by their keys, so a certification's change costs its producer's
	 * lots, not a scan of every lot's allocation.
	 */
	void forget(CertificationType type, List<Long> lotIds, Collection<String> productCodes,
			Collection<Long> certificationIds) {
		jdbc.batchUpdate("delete from lot_certified where lot_id = ? and cert_type = ?",
				lotIds.stream().map(id -> new Object[] { id, type.name() }).toList());
		if (certificationIds.isEmpty()) {
			return;
		}
		List<Object[]> draws = new ArrayList<>();
		for (long lotId : lotIds) {
			for (long certificationId : certificationIds) {
				draws.add(new Object[] { lotId, certificationId });
			}
		}
		jdbc.batchUpdate("delete from lot_allocation where lot_id = ? and certification_id = ?", draws);
		List<Object> args = new ArrayList<>(certificationIds);
		args.addAll(productCodes);
		jdbc.update("delete from approved_output_drawn where certification_id in (%s) and product_code in (%s)"
			.formatted(marks(certificationIds), marks(productCodes)), args.toArray());
	}

	/** The quantities of these lots, by id. */
	Map<Long, BigDecimal> quantitiesOf(Collection<Long> lotIds) {
		Map<Long, BigDecimal> found = new HashMap<>();
		forParts(List.copyOf(lotIds), part -> jdbc.query("select id, quantity_kg from lot where id in (%s)"
			.formatted(marks(part)), rs -> {
				found.put(rs.getLong(1), rs.getBigDecimal(2));
			}, part.toArray()));
		return found;
	}

	/** Replaces what one lot counts as certified. */
	void replaceCertified(long lotId, List<Outcome> outcomes) {
		jdbc.update("delete from lot_certified where lot_id = ?", lotId);
		jdbc.batchUpdate("insert into lot_certified (lot_id, cert_type, certified_kg, over_kg) values (?, ?, ?, ?)",
				outcomes.stream().map(outcome -> new Object[] { outcome.lotId(), outcome.type().name(),
						outcome.quantity().certifiedKg(), outcome.quantity().overKg() }).toList());
	}

	/** The stored outcome of these lots, by lot id and type. */
	Map<Long, Map<CertificationType, CertifiedQuantity>> certifiedOf(Collection<Long> lotIds) {
		Map<Long, Map<CertificationType, CertifiedQuantity>> found = new HashMap<>();
		forParts(List.copyOf(lotIds), part -> jdbc.query(
				"select lot_id, cert_type, certified_kg, over_kg from lot_certified where lot_id in (%s)"
					.formatted(marks(part)),
				rs -> {
					found.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(CertificationType.class))
						.put(CertificationType.valueOf(rs.getString(2)),
								new CertifiedQuantity(rs.getBigDecimal(3), rs.getBigDecimal(4)));
				}, part.toArray()));
		return found;
	}

	private static <T> void forParts(List<T> all, java.util.function.Consumer<List<T>> action) {
		for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
			action.accept(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
		}
	}

	private static String marks(Collection<?> values) {
		return String.join(",", Collections.nCopies(values.size(), "?"));
	}
}

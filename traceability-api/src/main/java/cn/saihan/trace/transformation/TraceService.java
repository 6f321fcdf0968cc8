package cn.saihan.trace.transformation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.lot.LotStatus;
import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.Products;
import cn.saihan.trace.town.Towns;
import cn.saihan.trace.transformation.LotGraph.Edge;
import cn.saihan.trace.transformation.LotGraph.LotSummary;

/** One-up/one-down tracing and the full graph, and the recall report built on the downstream graph. */
@Service
public class TraceService {

	private final LotService lots;

	private final LotGraph graph;

	private final Shipments shipments;

	private final Towns towns;

	private final Products products;

	private final Clock clock;

	private final ObjectProvider<RecallScans> recallScans;

	TraceService(LotService lots, LotGraph graph, Shipments shipments, Towns towns, Products products, Clock clock,
			ObjectProvider<RecallScans> recallScans) {
		this.recallScans = recallScans;
		this.lots = lots;
		this.graph = graph;
		this.shipments = shipments;
		this.towns = towns;
		this.products = products;
		this.clock = clock;
	}

	/** As below, {@code depth} as a request gives it: {@code all}, or a number of steps from 1 (400 otherwise). */
	@Transactional(readOnly = true)
	public LotTrace trace(String lotCode, String depth) {
		return trace(lotCode, parseDepth(depth));
	}

	static int parseDepth(String depth) {
		if ("all".equals(depth)) {
			return LotGraph.MAX_DEPTH;
		}
		try {
			int value = Integer.parseInt(depth);
			if (value >= 1 && value <= LotGraph.MAX_DEPTH) {
				return value;
			}
		}
		catch (NumberFormatException notANumber) {
			// answered below
		}
		throw TransformationRefusal.DEPTH.invalid("depth", LotGraph.MAX_DEPTH);
	}

	@Transactional(readOnly = true)
	LotTrace trace(String lotCode, int depth) {
		Lot lot = lots.get(lotCode);
		List<Edge> up = graph.upstream(lot.getId(), depth);
		List<Edge> down = graph.downstream(lot.getId(), depth);
		List<LotTrace.Link> links = new ArrayList<>();
		up.forEach(edge -> links.add(new LotTrace.Link(edge.fromCode(), edge.toCode(), edge.quantityKg())));
		down.forEach(edge -> links.add(new LotTrace.Link(edge.fromCode(), edge.toCode(), edge.quantityKg())));
		List<String> receivedFrom = new ArrayList<>();
		List<String> shippedTo = new ArrayList<>();
		for (Shipments.Movement movement : shipments.of(List.of(lot.getId()), clock.getZone())) {
			if (movement.party() != null) {
				(movement.type() == TraceEventType.SHIPPED ? shippedTo : receivedFrom).add(movement.party());
			}
		}
		return new LotTrace(lotCode, traced(up), traced(down), links, receivedFrom.stream().distinct().toList(),
				shippedTo.stream().distinct().toList());
	}

	/** Every lot downstream of this one (and itself), with every shipment of each, for a recall. */
	@Transactional(readOnly = true)
	public RecallReport recall(String lotCode) {
		Lot lot = lots.get(lotCode);
		List<Edge> down = graph.downstream(lot.getId(), LotGraph.MAX_DEPTH);
		Map<Long, Integer> depthOf = new HashMap<>();
		Map<Long, LotSummary> summaries = new HashMap<>();
		depthOf.put(lot.getId(), 0);
		summaries.put(lot.getId(), graph.summary(lot.getId()));
		down.forEach(edge -> {
			depthOf.merge(edge.toId(), edge.depth(), Math::min);
			summaries.put(edge.toId(), edge.reached());
		});
		Map<Long, List<Shipments.Movement>> movementsOf = new HashMap<>();
		shipments.of(depthOf.keySet(), clock.getZone())
			.forEach(movement -> movementsOf.computeIfAbsent(movement.lotId(), id -> new ArrayList<>()).add(movement));

		RecallReport.Names names = new RecallReport.Names(towns.namesZh(), products.findAll().stream()
			.collect(Collectors.toMap(Product::getCode, Product::getNameZh)));
		List<RecallReport.Row> rows = new ArrayList<>();
		for (Map.Entry<Long, Integer> entry : depthOf.entrySet()) {
			LotSummary summary = summaries.get(entry.getKey());
			List<Shipments.Movement> shipped = movementsOf.getOrDefault(entry.getKey(), List.of()).stream()
				.filter(movement -> movement.type() == TraceEventType.SHIPPED).toList();
			if (shipped.isEmpty()) {
				rows.add(RecallReport.Row.unshipped(summary, entry.getValue(), names));
			}
			shipped.forEach(movement -> rows.add(RecallReport.Row.shipped(summary, entry.getValue(), movement, names)));
		}
		rows.sort(Comparator.comparingInt(RecallReport.Row::depth).thenComparing(RecallReport.Row::lotCode)
			.thenComparing(row -> row.shipDate() == null ? "" : row.shipDate().toString()));
		List<String> receivers = rows.stream().map(RecallReport.Row::shipTo).filter(to -> to != null).distinct()
			.toList();
		List<RecallReport.Receiver> receivedBy = receivers.stream()
			.map(receiver -> new RecallReport.Receiver(receiver,
					rows.stream().filter(row -> receiver.equals(row.shipTo())).toList()))
			.toList();
		boolean recalled = lot.getStatus() == LotStatus.RECALLED;
		RecallScans.SinceRecall since = null;
		RecallScans counter = recallScans.getIfAvailable();
		if (recalled && counter != null) {
			since = counter.of(summaries.values().stream().map(LotSummary::lotCode).toList());
		}
		return new RecallReport(lotCode, clock.instant(), depthOf.size(), lot.getStatus(),
				recalled ? lot.getStatusSince() : null, recalled ? lot.getStatusReason() : null,
				since == null ? null : since.scans(), since == null ? null : since.labels(), receivers, receivedBy, rows);
	}

	/** Each lot reached once, at the shortest depth it was reached by. */
	private static List<LotTrace.TracedLot> traced(List<Edge> edges) {
		Map<Long, Edge> nearest = new HashMap<>();
		edges.forEach(edge -> nearest.merge(edge.reached().id(), edge,
				(a, b) -> a.depth() <= b.depth() ? a : b));
		return nearest.values().stream()
			.map(edge -> {
				LotSummary s = edge.reached();
				return new LotTrace.TracedLot(s.lotCode(), s.productCode(), s.harvestDate(), s.quantityKg(),
						s.producerId(), s.producerName(), s.townCode(), edge.depth());
			})
			.sorted(Comparator.comparingInt(LotTrace.TracedLot::depth).thenComparing(LotTrace.TracedLot::lotCode))
			.toList();
	}
}

package cn.saihan.trace.producer;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.gs1.Gln;
import cn.saihan.trace.system.Terms;

/**
 * Registers and corrects producers by the §2.3 rules, whoever asks: the API, the bureau's pages,
 * or the bureau approving a producer's own enrolment. A credit code unless individual, never a
 * duplicate one, and the {@link ProducerRegistered} or {@link ProducerCorrected} announcement
 * that other features listen to.
 */
@Service
public class ProducerService {

	private final Producers producers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProducerService(Producers producers, ApplicationEventPublisher events, Clock clock) {
		this.producers = producers;
		this.events = events;
		this.clock = clock;
	}

	/** What a producer is registered with; texts already stripped, blank ones {@code null}. */
	public record NewProducer(String name, ProducerType type, String creditCode, String townCode, String village,
			String contactName, String contactPhone, String gln) {

		/** Without a GLN, which most producers do not have. */
		public NewProducer(String name, ProducerType type, String creditCode, String townCode, String village,
				String contactName, String contactPhone) {
			this(name, type, creditCode, townCode, village, contactName, contactPhone, null);
		}
	}

	@Transactional
	public Producer register(NewProducer details) {
		checkCreditCode(details.type(), details.creditCode());
		Gln gln = Gln.ofNullable("gln", details.gln());
		Producer producer = new Producer(details.name().strip(), details.type(),
				details.creditCode() == null ? null : new CreditCode(details.creditCode()), details.townCode(),
				details.village(), details.contactName(), details.contactPhone(), clock.instant());
		producer.locate(gln);
		producer = producers.save(producer);
		events.publishEvent(new ProducerRegistered(producer));
		return producer;
	}

	/**
	 * Corrects a producer's details by the rules of a registration. A credit code may be corrected
	 * too, but never to another producer's.
	 */
	@Transactional
	public Producer correct(long id, NewProducer details) {
		Producer producer = producers.findById(id).orElseThrow(() -> ProducerRefusal.NOT_FOUND.notFound(id));
		NewProducer before = detailsOf(producer);
		// Keeping its own code is no duplicate.
		if (details.creditCode() == null || !details.creditCode().equals(producer.getCreditCode())) {
			checkCreditCode(details.type(), details.creditCode());
		}
		Gln gln = Gln.ofNullable("gln", details.gln());
		producer.correct(details.name().strip(), details.type(),
				details.creditCode() == null ? null : new CreditCode(details.creditCode()), details.townCode(),
				details.village(), details.contactName(), details.contactPhone());
		producer.locate(gln);
		events.publishEvent(new ProducerCorrected(producer, before));
		return producer;
	}

	/** The producer of an id, or 404. */
	public Producer get(long id) {
		return producers.findById(id).orElseThrow(() -> ProducerRefusal.NOT_FOUND.notFound(id));
	}

	/** The registry, page by page; both filters optional ({@link Producers#search}). */
	public Page<Producer> search(String townCode, String q, Pageable pageable) {
		return producers.search(townCode, q, pageable);
	}

	/** Every producer by name, for the bureau to pick one: a district has a few hundred. */
	public List<Producer> allByName() {
		return producers.findAll(Specification.unrestricted(), Sort.by("name"));
	}

	public static NewProducer detailsOf(Producer producer) {
		return new NewProducer(producer.getName(), producer.getType(), producer.getCreditCode(), producer.getTownCode(),
				producer.getVillage(), producer.getContactName(), producer.getContactPhone(), producer.getGln());
	}

	/** The credit-code rules a registration must pass, also checked before a registration is asked for. */
	public void checkCreditCode(ProducerType type, String creditCode) {
		if (type.needsCreditCode() && creditCode == null) {
			throw ProducerRefusal.CREDIT_CODE_REQUIRED.invalid("creditCode", Terms.of("producerType.", type));
		}
		if (creditCode != null && producers.existsByCreditCode(creditCode)) {
			throw ProducerRefusal.CREDIT_CODE_TAKEN.conflict("creditCode", creditCode);
		}
	}
}

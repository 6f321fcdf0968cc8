package cn.saihan.trace.producer;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.InvalidInputException;

/**
 * Registers producers by the §2.3 rules, whoever asks: the API, the bureau's page, or the bureau
 * approving a producer's own enrolment. A credit code unless individual, never a duplicate one,
 * and the {@link ProducerRegistered} announcement that other features listen to.
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
			String contactName, String contactPhone) {
	}

	@Transactional
	public Producer register(NewProducer details) {
		checkCreditCode(details.type(), details.creditCode());
		Producer producer = producers.save(new Producer(details.name().strip(), details.type(),
				details.creditCode() == null ? null : new CreditCode(details.creditCode()), details.townCode(),
				details.village(), details.contactName(), details.contactPhone(), clock.instant()));
		events.publishEvent(new ProducerRegistered(producer));
		return producer;
	}

	/** The credit-code rules a registration must pass, also checked before a registration is asked for. */
	public void checkCreditCode(ProducerType type, String creditCode) {
		if (type.needsCreditCode() && creditCode == null) {
			throw new InvalidInputException("creditCode",
					"is required for a producer of type " + type + " (only INDIVIDUAL may omit it)");
		}
		if (creditCode != null && producers.existsByCreditCode(creditCode)) {
			throw new ConflictException("creditCode", "A producer with credit code " + creditCode + " is already registered");
		}
	}
}

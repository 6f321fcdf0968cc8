package cn.saihan.trace.web.bureau;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.producer.CreditCode;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerRegistered;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.InvalidInputException;

/**
 * Registers a producer from the page, by the same rules as {@code POST /api/v1/producers} (which
 * keeps them in its controller): a credit code unless individual, never a duplicate one, and the
 * {@link ProducerRegistered} announcement that other features listen to.
 */
@Component
class ProducerRegistration {

	private final Producers producers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProducerRegistration(Producers producers, ApplicationEventPublisher events, Clock clock) {
		this.producers = producers;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Producer register(ProducerForm form) {
		if (form.getType().needsCreditCode() && form.getCreditCode() == null) {
			throw new InvalidInputException("creditCode", "is required for a producer of type " + form.getType());
		}
		if (form.getCreditCode() != null && producers.existsByCreditCode(form.getCreditCode())) {
			throw new ConflictException("creditCode",
					"A producer with credit code " + form.getCreditCode() + " is already registered");
		}
		Producer producer = producers.save(new Producer(form.getName().strip(), form.getType(),
				form.getCreditCode() == null ? null : new CreditCode(form.getCreditCode()), form.getTownCode(),
				form.getVillage(), form.getContactName(), form.getContactPhone(), clock.instant()));
		events.publishEvent(new ProducerRegistered(producer));
		return producer;
	}
}

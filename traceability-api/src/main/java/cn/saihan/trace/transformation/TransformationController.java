package cn.saihan.trace.transformation;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotView;
import cn.saihan.trace.lot.LotViews;
import jakarta.validation.Valid;

@RestController
class TransformationController {

	private final TransformationService service;

	private final LotViews views;

	private final Actors actors;

	TransformationController(TransformationService service, LotViews views, Actors actors) {
		this.service = service;
		this.views = views;
		this.actors = actors;
	}

	/** The buyer (the output's producer) merges or repacks lots it holds into a new lot. */
	@PostMapping("/api/v1/transformations")
	ResponseEntity<LotView> transform(@Valid @RequestBody TransformationRequest request) {
		Lot output = service.transform(request, actors.current());
		return ResponseEntity.created(URI.create("/api/v1/lots/" + output.getLotCode())).body(views.of(output));
	}
}

<?php
declare(strict_types=1);

namespace OCA\Tricky\Controller;

use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\TemplateResponse;

class PageController extends Controller {
	public function index(): TemplateResponse {
		return new TemplateResponse('tricky', 'index');
	}
}

<?php
/** @var array $_ */
?>
<div id="tricky"></div>

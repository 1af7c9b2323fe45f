import { render } from 'preact';

render(<main>MedGlance</main>, document.getElementById('app')!);

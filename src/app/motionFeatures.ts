// framer-motion's animation features, loaded after first paint (LazyMotion's async form):
// they are a large share of the library and nothing needs them before the first step.
import { domAnimation } from 'framer-motion';

export default domAnimation;

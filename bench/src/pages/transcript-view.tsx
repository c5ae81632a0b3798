// placeholder until @connect-transcript/ui lands
import '../bench.css';

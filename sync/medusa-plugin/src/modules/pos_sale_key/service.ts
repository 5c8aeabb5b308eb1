import { MedusaService } from "@medusajs/framework/utils"
import PosSaleKey from "./models/pos-sale-key"

class PosSaleKeyService extends MedusaService({ PosSaleKey }) {}

export default PosSaleKeyService

import { Module } from "@medusajs/framework/utils"
import PosSaleKeyService from "./service"

export const POS_SALE_KEY_MODULE = "posSaleKey"

export default Module(POS_SALE_KEY_MODULE, { service: PosSaleKeyService })

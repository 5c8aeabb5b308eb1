import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const PLUGIN_NAME = "@omnipos/medusa-pos"
export const DEFAULT_MAX_BATCH = 50

/** The plugin's options as written in medusa-config.js (`plugins: [{ resolve, options }]`). */
export function pluginOptions(scope: any): Record<string, any> {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as any
  for (const plugin of config?.plugins ?? []) {
    if (typeof plugin !== "string" && String(plugin?.resolve ?? "").includes("medusa-pos")) {
      return plugin.options ?? {}
    }
  }
  return {}
}

/** How many sales one batch request may carry: option `maxBatch`, default 50. */
export function maxBatch(scope: any): number {
  const n = Number(pluginOptions(scope).maxBatch)
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_BATCH
}

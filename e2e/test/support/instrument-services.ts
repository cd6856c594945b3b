import type { Services } from '@cobridge/advisor-runtime';

/**
 * Wraps the services for the abuse tests: counts reloads (to prove a refused admin command never ran one) and
 * makes any question containing "explode" throw an error that carries `secret` (to prove it never reaches a log).
 */
export function instrumentServices(secret: string, onReload: () => void): (services: Services) => Services {
  return (services) => ({
    ...services,
    reload: () => {
      onReload();
      return services.reload();
    },
    ask: (input) => {
      if (input.text.includes('explode')) throw new Error(`upstream refused ${secret}`);
      return services.ask(input);
    },
  });
}

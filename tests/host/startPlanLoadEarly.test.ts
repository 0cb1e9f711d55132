import { startPlanLoadEarly } from '../../src/host/startPlanLoadEarly';
import type { PlanServices } from '../../src/application/ports/planRepository';

function fakeServices(): PlanServices & { loads: number; users: number } {
  const state = { loads: 0, users: 0 };
  const services = {
    get loads() {
      return state.loads;
    },
    get users() {
      return state.users;
    },
    loadPlan: jest.fn(async () => ({ read: ++state.loads })),
    currentUser: jest.fn(async () => ({ asked: ++state.users })),
    saveAction: jest.fn(async () => 'saved')
  };
  return services as unknown as PlanServices & { loads: number; users: number };
}

describe('starting the plan load early', () => {
  it('reads the plan and the person at once, before anybody asks', () => {
    const services = fakeServices();
    startPlanLoadEarly(services);
    expect(services.loadPlan).toHaveBeenCalledTimes(1);
    expect(services.currentUser).toHaveBeenCalledTimes(1);
  });

  it('hands the first ask the answers already on their way, and reads afresh after that', async () => {
    const services = fakeServices();
    const early = startPlanLoadEarly(services);
    expect(await early.loadPlan()).toEqual({ read: 1 });
    expect(await early.currentUser()).toEqual({ asked: 1 });
    expect(await early.loadPlan()).toEqual({ read: 2 });
    expect(await early.currentUser()).toEqual({ asked: 2 });
  });

  it('keeps every other service as it was', async () => {
    const services = fakeServices();
    const early = startPlanLoadEarly(services);
    await (early as unknown as { saveAction(): Promise<string> }).saveAction();
    expect((services as unknown as { saveAction: jest.Mock }).saveAction).toHaveBeenCalledTimes(1);
  });

  it('hands a failed early read to the first ask, and reads again on the next', async () => {
    const services = fakeServices();
    (services.loadPlan as jest.Mock).mockRejectedValueOnce(new Error('The site did not answer.'));
    const early = startPlanLoadEarly(services);
    await expect(early.loadPlan()).rejects.toThrow('The site did not answer.');
    expect(await early.loadPlan()).toEqual({ read: 1 });
  });
});

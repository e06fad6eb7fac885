import type { DomainConfig } from '../shared/domainConfig';
import { checkRegion } from '../shared/rejections';
import type { EnterpriseCommandData as Data } from './commands';
import { about, accept, type Context, type Decision, firstOf, outOfOrder, reject, withRule } from './decision';
import type { TechSmeCriteriaNotMet } from './rejections';
import { aboveScaleThreshold, techSmeRules } from './rules';
import type { EnterpriseState } from './state';

export const registerEnterprise = (
  config: DomainConfig,
  d: Data<'RegisterEnterprise'>,
  state: EnterpriseState,
): Decision => {
  const registered = state.profile;
  const rejection = firstOf(
    () => registered && { _tag: 'EnterpriseAlreadyRegistered', uscc: d.uscc, registeredOn: registered.registeredOn },
    () => checkRegion(config, d.regionId, 'data.regionId'),
    () => outOfOrder(d.uscc, 'data.registeredOn', d.registeredOn, d.establishedOn),
  );
  if (rejection) return reject(rejection);
  const { uscc, name, regionId, industry, establishedOn, registeredOn } = d;
  return accept({
    type: 'EnterpriseRegistered',
    data: { uscc, name, regionId, industry, establishedOn, registeredOn },
  });
};

/**
 * The statistics bureau's 规上 status for a year. A second record for the same year is a correction
 * that supersedes the first; both stay in history.
 */
export const recordAboveScaleStatus = ({ state, profile }: Context, d: Data<'RecordAboveScaleStatus'>): Decision =>
  withRule(aboveScaleThreshold, 'above-scale-threshold', d.uscc, `${d.year}-01-01`, (threshold) => {
    const existing = state.aboveScale[d.year];
    const rejection = firstOf(
      () =>
        d.aboveScaleIndustrial && d.mainRevenue < threshold
          ? {
              _tag: 'MainRevenueBelowAboveScaleThreshold',
              uscc: d.uscc,
              year: d.year,
              mainRevenue: d.mainRevenue,
              threshold,
            }
          : undefined,
      () =>
        existing?.aboveScaleIndustrial === d.aboveScaleIndustrial && existing.mainRevenue === d.mainRevenue
          ? { _tag: 'AboveScaleStatusUnchanged', uscc: d.uscc, year: d.year }
          : undefined,
      () => outOfOrder(d.uscc, 'data.recordedOn', d.recordedOn, existing?.recordedOn),
    );
    if (rejection) return reject(rejection);
    const { year, aboveScaleIndustrial, mainRevenue, recordedOn } = d;
    return accept({
      type: 'AboveScaleStatusRecorded',
      data: {
        ...about(profile),
        year,
        aboveScaleIndustrial,
        mainRevenue,
        recordedOn,
        correction: existing !== undefined,
      },
    });
  });

/** 科技型中小企业评价: admitted to the information base (入库) for the year when every criterion is met. */
export const recordTechSmeEvaluation = ({ state, profile }: Context, d: Data<'RecordTechSmeEvaluation'>): Decision => {
  const registeredOn = state.techSmeYears[d.year];
  if (registeredOn !== undefined)
    return reject({ _tag: 'TechSmeAlreadyRegistered', uscc: d.uscc, year: d.year, evaluatedOn: registeredOn });
  return withRule(techSmeRules, 'tech-sme', d.uscc, d.evaluatedOn, (rules) => {
    const failing: TechSmeCriteriaNotMet['failing'][number][] = [];
    if (d.score < rules.minimumScore) failing.push({ criterion: 'score', value: d.score, limit: rules.minimumScore });
    if (d.employees > rules.maxEmployees)
      failing.push({ criterion: 'employees', value: d.employees, limit: rules.maxEmployees });
    if (d.annualSales > rules.maxAnnualSales)
      failing.push({ criterion: 'annualSales', value: d.annualSales, limit: rules.maxAnnualSales });
    if (d.totalAssets > rules.maxTotalAssets)
      failing.push({ criterion: 'totalAssets', value: d.totalAssets, limit: rules.maxTotalAssets });
    if (failing.length > 0) return reject({ _tag: 'TechSmeCriteriaNotMet', uscc: d.uscc, year: d.year, failing });
    const { year, score, employees, annualSales, totalAssets, evaluatedOn, registrationNo } = d;
    return accept({
      type: 'TechSmeRegistered',
      data: {
        ...about(profile),
        year,
        score,
        employees,
        annualSales,
        totalAssets,
        evaluatedOn,
        ...(registrationNo === undefined ? {} : { registrationNo }),
      },
    });
  });
};

export const establishRdInstitution = ({ state, profile }: Context, d: Data<'EstablishRdInstitution'>): Decision => {
  if (state.rdInstitutions[d.institutionId] !== undefined)
    return reject({ _tag: 'RdInstitutionAlreadyEstablished', uscc: d.uscc, institutionId: d.institutionId });
  const { institutionId, name, level, establishedOn } = d;
  return accept({
    type: 'RdInstitutionEstablished',
    data: { ...about(profile), institutionId, name, level, establishedOn },
  });
};

export const placeTechVicePresident = ({ state, profile }: Context, d: Data<'PlaceTechVicePresident'>): Decision => {
  const open = Object.entries(state.placements).find(([, p]) => p.personId === d.personId && p.endsOn === undefined);
  const rejection = firstOf(
    () =>
      state.placements[d.placementId] === undefined
        ? undefined
        : { _tag: 'PlacementAlreadyExists', uscc: d.uscc, placementId: d.placementId },
    () => open && { _tag: 'PersonAlreadyPlaced', uscc: d.uscc, personId: d.personId, placementId: open[0] },
  );
  if (rejection) return reject(rejection);
  const { placementId, personId, fromOrganisation, startsOn } = d;
  return accept({
    type: 'TechVicePresidentPlaced',
    data: { ...about(profile), placementId, personId, fromOrganisation, startsOn },
  });
};

export const endTechVicePresidentPlacement = (
  { state, profile }: Context,
  d: Data<'EndTechVicePresidentPlacement'>,
): Decision => {
  const placement = state.placements[d.placementId];
  if (placement === undefined) return reject({ _tag: 'PlacementNotFound', uscc: d.uscc, placementId: d.placementId });
  const ended = placement.endsOn;
  const rejection = firstOf(
    () =>
      ended === undefined
        ? undefined
        : { _tag: 'PlacementAlreadyEnded', uscc: d.uscc, placementId: d.placementId, endsOn: ended },
    () => outOfOrder(d.uscc, 'data.endsOn', d.endsOn, placement.startsOn),
  );
  if (rejection) return reject(rejection);
  return accept({
    type: 'TechVicePresidentPlacementEnded',
    data: { ...about(profile), placementId: d.placementId, personId: placement.personId, endsOn: d.endsOn },
  });
};

/** 停产 / 部分复产 / 复工: each change of status, in date order. */
export const recordProductionStatus = ({ state, profile }: Context, d: Data<'RecordProductionStatus'>): Decision => {
  const current = state.production;
  const rejection = firstOf(
    () =>
      current?.status === d.status
        ? { _tag: 'ProductionStatusUnchanged', uscc: d.uscc, status: current.status, since: current.since }
        : undefined,
    () => outOfOrder(d.uscc, 'data.since', d.since, current?.since),
  );
  if (rejection) return reject(rejection);
  return accept({ type: 'ProductionStatusRecorded', data: { ...about(profile), status: d.status, since: d.since } });
};

import type { TechPlatformEvent } from './events';

/** The business date a TechPlatform event records; rent relief is dated by the start of its period. */
export const techPlatformOccurredAt = (event: TechPlatformEvent): string => {
  switch (event.type) {
    case 'PlatformRegistered':
      return event.data.registeredOn;
    case 'PlatformFiled':
    case 'PlatformRecognised':
      return event.data.on;
    case 'PlatformGraded':
      return event.data.gradedOn;
    case 'PlatformRevoked':
      return event.data.revokedOn;
    case 'RentReliefGranted':
      return event.data.from;
  }
};

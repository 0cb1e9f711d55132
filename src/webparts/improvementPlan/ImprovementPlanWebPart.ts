import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';

import * as strings from 'ImprovementPlanWebPartStrings';
import { AppFrame } from '../../ui/app/AppFrame';
import { fluentThemeFor } from '../../ui/theme/teamsTheme';
import { ImprovementPlanApp, parseRoute, routeToSearch } from '../../ui';
import { slipNotifier } from '../../host/alerts/slipNotifier';
import { addressWithRoute } from '../../host/links/actionLinks';
import { createSpfxHost, onSiteThemeChange, onTeamsThemeChange, type SpfxHost } from '../../host/spfx/spfxHost';

/** Properties a page author sets in the property pane. */
export interface IImprovementPlanWebPartProps {
  /** Absolute URL of the site holding the plan lists; blank means the current site. */
  siteUrl?: string;
}

/**
 * The SPFx web part: deliberately thin. It asks src/host for the services and the host's
 * facts (Teams or SharePoint, theme, deep link) and renders the shared React app.
 */
export default class ImprovementPlanWebPart extends BaseClientSideWebPart<IImprovementPlanWebPartProps> {
  private host: SpfxHost | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.host = await createSpfxHost(this.context, this.properties.siteUrl);
    onTeamsThemeChange(this.context, (theme) => {
      if (this.host) this.host.teamsTheme = theme;
      this.render();
    });
    onSiteThemeChange(this.context, this, (theme) => {
      if (this.host) this.host.siteTheme = theme;
      this.render();
    });
  }

  public render(): void {
    const host = this.host;
    if (!host) return;
    const app = React.createElement(ImprovementPlanApp, {
      services: host.services,
      importer: host.importer,
      reporting: host.reporting,
      planSettings: host.planSettings,
      hostKind: host.hostKind,
      initialRoute: parseRoute(host.initialSearch),
      actionLink: host.actionLink,
      // The save has succeeded; the alert goes out in the background and the sweep retries any failure.
      onSlip: slipNotifier(host.services, host.sendSlipAlert),
      onNavigate: (route) => {
        // Keep the route in the page address on SharePoint, so a refresh or a copied link returns here.
        if (host.hostKind === 'sharePoint') {
          window.history.replaceState(null, '', addressWithRoute(window.location.pathname, window.location.search, routeToSearch(route)));
        }
      }
    });
    ReactDom.render(
      React.createElement(AppFrame, { theme: fluentThemeFor(host.teamsTheme, host.siteTheme), idPrefix: `ipt-${this.instanceId}-` }, app),
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.BasicGroupName,
              groupFields: [
                PropertyPaneTextField('siteUrl', {
                  label: strings.SiteUrlFieldLabel,
                  description: strings.SiteUrlFieldDescription
                })
              ]
            }
          ]
        }
      ]
    };
  }
}

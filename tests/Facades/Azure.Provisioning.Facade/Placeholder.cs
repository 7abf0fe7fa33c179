namespace Azure.Provisioning;

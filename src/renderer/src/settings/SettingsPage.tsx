import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CallInput, Settings } from '../../../shared/ipc';
import { apiClient } from '../api/client';
import { notifyDone, notifyError } from '../api/notify';
import { BackupSection } from './BackupSection';
import { normaliseMonthDay } from './monthDay';
import { PackageSection } from './PackageSection';

const FONT_SCHEMES: { value: Settings['fontScheme']; label: string; description: string }[] = [
  {
    value: 'official',
    label: '公文字体',
    description:
      'Word 文件使用方正小标宋简体、仿宋_GB2312、黑体、楷体_GB2312。适用于装有这些字体的办公电脑（公文标准）。',
  },
  {
    value: 'system',
    label: '系统自带字体',
    description:
      'Word 文件使用宋体、仿宋、黑体、楷体。适用于没有安装公文字体的电脑。PDF 始终内嵌字体。',
  },
];

/** 设置: 字体方案, 公开期限, 备份, 数据包. Each change is saved at once. */
export function SettingsPage({ onExit }: { onExit: () => void }) {
  const api = apiClient();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [department, setDepartment] = useState('');
  const [county, setCounty] = useState('');
  const [deadlineError, setDeadlineError] = useState<string | null>(null);

  useEffect(() => {
    void api.result('settings:get', {}).then((r) => {
      if (!r.ok) return notifyError(new Error(r.error.message), '未能读取设置');
      setSettings(r.value);
      setDepartment(r.value.deadlines.department);
      setCounty(r.value.deadlines.countyGovernment);
    });
  }, [api]);

  const update = async (change: CallInput<'settings:update'>, done: string) => {
    try {
      setSettings(await api.call('settings:update', change));
      notifyDone(done);
      return true;
    } catch (e) {
      notifyError(e, '设置未保存');
      return false;
    }
  };

  const saveDeadlines = async () => {
    const d = normaliseMonthDay(department);
    const c = normaliseMonthDay(county);
    if (!d || !c) {
      setDeadlineError('日期格式应为 月-日，例如 01-31（1月31日）或 03-31。');
      return;
    }
    setDeadlineError(null);
    setDepartment(d);
    setCounty(c);
    await update({ deadlines: { department: d, countyGovernment: c } }, '公开期限已保存。');
  };

  return (
    <Container size="md" py="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1} size="h2">
            设置
          </Title>
          <Button variant="default" onClick={onExit}>
            返回报告列表
          </Button>
        </Group>
        {!settings ? (
          <Text>正在读取设置…</Text>
        ) : (
          <>
            <Paper withBorder p="md">
              <Radio.Group
                label={
                  <Title order={2} size="h4" component="span">
                    字体方案
                  </Title>
                }
                description="决定导出的 Word 文件中写入的字体名称。"
                value={settings.fontScheme}
                onChange={(v) =>
                  void update(
                    { fontScheme: v as Settings['fontScheme'] },
                    `字体方案已改为“${FONT_SCHEMES.find((f) => f.value === v)?.label ?? v}”。`,
                  )
                }
              >
                <Stack gap="xs" mt="sm">
                  {FONT_SCHEMES.map((f) => (
                    <Radio
                      key={f.value}
                      value={f.value}
                      label={f.label}
                      description={f.description}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb={4}>
                公开期限
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                《中华人民共和国政府信息公开条例》第四十九条：政府部门每年1月31日前、县级人民政府每年3月31日前公布上一年度报告。本地另有要求的可在此修改（格式
                月-日）。
              </Text>
              <Group align="flex-end" gap="sm">
                <TextInput
                  label="政府部门"
                  w={150}
                  value={department}
                  onChange={(e) => setDepartment(e.currentTarget.value)}
                  placeholder="01-31"
                />
                <TextInput
                  label="县（区）政府本级"
                  w={150}
                  value={county}
                  onChange={(e) => setCounty(e.currentTarget.value)}
                  placeholder="03-31"
                />
                <Button onClick={() => void saveDeadlines()}>保存期限</Button>
              </Group>
              {deadlineError && (
                <Alert color="red" mt="sm">
                  {deadlineError}
                </Alert>
              )}
            </Paper>
            <BackupSection
              keep={settings.backupKeep}
              onKeepChange={(n) => void update({ backupKeep: n }, `将保留最近 ${n} 份备份。`)}
            />
            <PackageSection />
          </>
        )}
      </Stack>
    </Container>
  );
}

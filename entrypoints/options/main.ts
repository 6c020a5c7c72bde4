import '@/src/options/main';
